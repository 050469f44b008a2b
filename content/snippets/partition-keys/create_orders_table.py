"""Create the Orders table (single-table design for the order domain) in eu-west-1.

Items:  customer profile  pk=CUST#<customerId>  sk=PROFILE
        order header      pk=CUST#<customerId>  sk=ORDER#<createdAt ISO-8601>#<orderId>
        line item         pk=ORDER#<orderId>    sk=ITEM#<lineNo, 3 digits>
        shipment          pk=ORDER#<orderId>    sk=SHIP#<shipmentId>
"""
import boto3

REGION = "eu-west-1"
TABLE = "Orders"

ddb = boto3.client("dynamodb", region_name=REGION)

ddb.create_table(
    TableName=TABLE,
    # Only key attributes (table and index keys) are declared; everything else is schemaless.
    AttributeDefinitions=[
        {"AttributeName": "pk", "AttributeType": "S"},
        {"AttributeName": "sk", "AttributeType": "S"},
        {"AttributeName": "order_id", "AttributeType": "S"},
        {"AttributeName": "status_shard", "AttributeType": "S"},
        {"AttributeName": "created_at", "AttributeType": "S"},
    ],
    KeySchema=[
        {"AttributeName": "pk", "KeyType": "HASH"},   # partition key: hashed, picks the partition
        {"AttributeName": "sk", "KeyType": "RANGE"},  # sort key: orders items inside the collection
    ],
    BillingMode="PROVISIONED",
    # Starting values = auto scaling minimums (70% target, max 6,000 RCU / 4,000 WCU).
    ProvisionedThroughput={"ReadCapacityUnits": 500, "WriteCapacityUnits": 300},
    GlobalSecondaryIndexes=[
        {
            # Support tools: find an order (and its customer) by order id alone.
            # Only order headers carry order_id, so line items and shipments stay out.
            "IndexName": "ByOrderId",
            "KeySchema": [{"AttributeName": "order_id", "KeyType": "HASH"}],
            "Projection": {
                "ProjectionType": "INCLUDE",
                "NonKeyAttributes": ["customer_id", "status", "total"],
            },
            "ProvisionedThroughput": {"ReadCapacityUnits": 100, "WriteCapacityUnits": 300},
        },
        {
            # Fulfilment: open orders by status, oldest first. Sparse: status_shard exists
            # only while an order is PENDING/PAID/PICKING. Sharded: <STATUS>#<0-9>.
            "IndexName": "ByStatus",
            "KeySchema": [
                {"AttributeName": "status_shard", "KeyType": "HASH"},
                {"AttributeName": "created_at", "KeyType": "RANGE"},
            ],
            "Projection": {
                "ProjectionType": "INCLUDE",
                "NonKeyAttributes": ["order_id", "customer_id", "total"],
            },
            "ProvisionedThroughput": {"ReadCapacityUnits": 100, "WriteCapacityUnits": 300},
        },
    ],
)
ddb.get_waiter("table_exists").wait(TableName=TABLE)

# Point-in-time recovery (also required later for export to S3).
ddb.update_continuous_backups(
    TableName=TABLE,
    PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True},
)

# Auto scaling: the table and each GSI scale on their own, all at a 70% target.
aas = boto3.client("application-autoscaling", region_name=REGION)
targets = [
    (f"table/{TABLE}", "table", "ReadCapacityUnits", 500, 6000),
    (f"table/{TABLE}", "table", "WriteCapacityUnits", 300, 4000),
    (f"table/{TABLE}/index/ByOrderId", "index", "ReadCapacityUnits", 100, 2000),
    (f"table/{TABLE}/index/ByOrderId", "index", "WriteCapacityUnits", 300, 4000),
    (f"table/{TABLE}/index/ByStatus", "index", "ReadCapacityUnits", 100, 2000),
    (f"table/{TABLE}/index/ByStatus", "index", "WriteCapacityUnits", 300, 4000),
]
for resource_id, kind, unit, low, high in targets:
    dimension = f"dynamodb:{kind}:{unit}"
    aas.register_scalable_target(
        ServiceNamespace="dynamodb", ResourceId=resource_id,
        ScalableDimension=dimension, MinCapacity=low, MaxCapacity=high,
    )
    metric = "DynamoDBReadCapacityUtilization" if unit.startswith("Read") else "DynamoDBWriteCapacityUtilization"
    aas.put_scaling_policy(
        PolicyName=f"{resource_id.replace('/', '-')}-{unit}-70",
        ServiceNamespace="dynamodb", ResourceId=resource_id, ScalableDimension=dimension,
        PolicyType="TargetTrackingScaling",
        TargetTrackingScalingPolicyConfiguration={
            "TargetValue": 70.0,
            "PredefinedMetricSpecification": {"PredefinedMetricType": metric},
        },
    )
