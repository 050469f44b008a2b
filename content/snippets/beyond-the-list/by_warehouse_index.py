"""Open orders per warehouse, by status, oldest first: a GSI whose sort key is two
attributes the order headers already carry (status, then created_at), not a concatenated
string. No writer changes and no rewrite of old items: DynamoDB backfills the index as
for any new GSI, and indexes only items that carry every one of its key attributes."""
import boto3

ddb = boto3.client("dynamodb")
TABLE = "Orders"
INDEX = "ByWarehouse"


def create_index() -> None:
    ddb.update_table(
        TableName=TABLE,
        AttributeDefinitions=[
            {"AttributeName": "warehouse_id", "AttributeType": "S"},
            {"AttributeName": "status", "AttributeType": "S"},
            {"AttributeName": "created_at", "AttributeType": "S"},
        ],
        GlobalSecondaryIndexUpdates=[{"Create": {
            "IndexName": INDEX,
            # Up to four HASH and four RANGE elements; the RANGE order is the sort order.
            "KeySchema": [
                {"AttributeName": "warehouse_id", "KeyType": "HASH"},
                {"AttributeName": "status", "KeyType": "RANGE"},
                {"AttributeName": "created_at", "KeyType": "RANGE"},
            ],
            "Projection": {"ProjectionType": "INCLUDE",
                           "NonKeyAttributes": ["order_id", "customer_id", "total"]},
            # Orders is provisioned: generous write capacity for the backfill, then
            # auto scaling with the same bounds as the other GSIs.
            "ProvisionedThroughput": {"ReadCapacityUnits": 100, "WriteCapacityUnits": 3000},
        }}],
    )


def orders_in(warehouse: str, status: str, since: str | None = None) -> list[dict]:
    """Every partition-key attribute by equality; sort-key attributes from left to
    right, each by equality except the last one given, which may take a range."""
    condition = "warehouse_id = :w AND #status = :s"
    values = {":w": {"S": warehouse}, ":s": {"S": status}}
    if since is not None:
        condition += " AND created_at >= :t"
        values[":t"] = {"S": since}
    items, page_start = [], {}
    while True:
        page = ddb.query(
            TableName=TABLE, IndexName=INDEX, KeyConditionExpression=condition,
            ExpressionAttributeNames={"#status": "status"},  # STATUS is a reserved word
            ExpressionAttributeValues=values, **page_start)  # ascending: oldest first
        items += page["Items"]
        if "LastEvaluatedKey" not in page:
            return items
        page_start = {"ExclusiveStartKey": page["LastEvaluatedKey"]}
