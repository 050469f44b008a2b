"""Lambda on the v1 table's stream: replays live order writes into the v2 single-table design.

v1 item: pk=order_id, with customer_id, created_at, status, total, version,
         lines=[{line_no, sku, qty, price}], shipments=[{shipment_id, carrier, ...}]
v2 items: header under CUST#<customerId>, lines and shipments under ORDER#<orderId>.

The PySpark backfill (from an S3 export) writes the same items with the same condition,
so backfill and live replication can overlap in any order: the higher version wins.

By default Lambda retries a failing batch until its records expire (24 hours on a DynamoDB
stream) and the shard waits behind it. The event source mapping below bounds that: a retry
limit, bisection of failing batches, partial batch responses, and an SQS on-failure destination
for what it discards (those orders are copied again; the version condition makes that safe).
"""
import boto3
from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.exceptions import ClientError

ddb = boto3.client("dynamodb", region_name="eu-west-1")
lam = boto3.client("lambda", region_name="eu-west-1")
deser = TypeDeserializer()
ser = TypeSerializer()
NEWER_OR_NEW = "attribute_not_exists(pk) OR version < :v"


def to_v2(order: dict) -> list:
    oid, cid, v = order["order_id"], order["customer_id"], order["version"]
    header = {
        "pk": f"CUST#{cid}", "sk": f"ORDER#{order['created_at']}#{oid}",
        "order_id": oid, "customer_id": cid, "created_at": order["created_at"],
        "status": order["status"], "total": order["total"], "version": v,
    }
    items = [header]
    items += [{"pk": f"ORDER#{oid}", "sk": f"ITEM#{int(l['line_no']):03d}", "version": v,
               "customer_id": cid, "created_at": order["created_at"], **l}  # pointer to header
              for l in order.get("lines", [])]
    items += [{"pk": f"ORDER#{oid}", "sk": f"SHIP#{s['shipment_id']}", "version": v, **s}
              for s in order.get("shipments", [])]
    return items


def put_all(items: list) -> None:
    # All-or-nothing per order (an order is far below the 100-item transaction limit).
    # If any condition fails, the new table already holds this version or a newer one.
    # (Lines deleted from a v1 order are not removed here; the verifier reports them.)
    try:
        ddb.transact_write_items(TransactItems=[{
            "Put": {
                "TableName": "Orders",
                "Item": {k: ser.serialize(val) for k, val in item.items()},
                "ConditionExpression": NEWER_OR_NEW,
                "ExpressionAttributeValues": {":v": ser.serialize(item["version"])},
            }} for item in items])
    except ClientError as err:
        reasons = err.response.get("CancellationReasons", [])
        if not any(r.get("Code") == "ConditionalCheckFailed" for r in reasons):
            raise  # throttling or a real error: report this record as failed


def handler(event, _context):
    for record in event["Records"]:
        if record["eventName"] == "REMOVE":
            continue  # v1 never hard-deletes orders; cancellation is a status change
        image = record["dynamodb"]["NewImage"]
        order = {k: deser.deserialize(v) for k, v in image.items()}
        try:
            put_all(to_v2(order))
        except ClientError:
            # Partial batch response: Lambda checkpoints before this record and retries
            # from it, so the records after it are not processed out of order.
            return {"batchItemFailures": [
                {"itemIdentifier": record["dynamodb"]["SequenceNumber"]}]}
    return {"batchItemFailures": []}


def configure_trigger(stream_arn: str, function_name: str, parked_queue_arn: str) -> None:
    lam.create_event_source_mapping(
        EventSourceArn=stream_arn,
        FunctionName=function_name,
        StartingPosition="TRIM_HORIZON",
        BatchSize=100,
        MaximumRetryAttempts=5,                      # default -1: until the records expire
        BisectBatchOnFunctionError=True,             # isolate the record that fails
        FunctionResponseTypes=["ReportBatchItemFailures"],
        DestinationConfig={"OnFailure": {"Destination": parked_queue_arn}},
    )
