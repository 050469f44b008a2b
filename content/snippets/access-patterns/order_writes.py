"""Writes on the Orders table: conditional puts, optimistic locking, and order creation
as one TransactWriteItems call (header + line items, all-or-nothing)."""
import random
import time
import zlib

import boto3
from botocore.exceptions import ClientError

ddb = boto3.client("dynamodb")
TABLE = "Orders"
OPEN_STATUSES = {"PENDING", "PAID", "PICKING"}
RETRYABLE = {"TransactionConflict", "ProvisionedThroughputExceeded", "ThrottlingError"}


class DuplicateOrder(Exception):
    pass


def status_shard(status: str, order_id: str) -> str:
    # Stable hash: Python's hash() is salted per process, so writers would disagree.
    return f"{status}#{zlib.crc32(order_id.encode()) % 10}"


def create_profile(customer_id: str, email: str) -> bool:
    """Idempotent create: succeeds only if no item with this key exists yet."""
    try:
        ddb.put_item(
            TableName=TABLE,
            Item={"pk": {"S": f"CUST#{customer_id}"}, "sk": {"S": "PROFILE"},
                  "email": {"S": email}, "version": {"N": "1"}},
            ConditionExpression="attribute_not_exists(pk)",
        )
        return True
    except ClientError as e:
        if e.response["Error"]["Code"] == "ConditionalCheckFailedException":
            return False  # an earlier attempt already created it: not an error
        raise


def change_status(customer_id: str, header_sk: str, order_id: str,
                  new_status: str, expected_version: int) -> None:
    """Optimistic locking: the update applies only if nobody changed the header since we read it.
    On ConditionalCheckFailedException the caller re-reads the item and decides again."""
    if new_status in OPEN_STATUSES:
        update = "SET #st = :st, status_shard = :shard, #v = :next"
        values = {":shard": {"S": status_shard(new_status, order_id)}}
    else:  # shipped: drop the key attribute so the order leaves the sparse ByStatus index
        update = "SET #st = :st, #v = :next REMOVE status_shard"
        values = {}
    ddb.update_item(
        TableName=TABLE,
        Key={"pk": {"S": f"CUST#{customer_id}"}, "sk": {"S": header_sk}},
        UpdateExpression=update,
        ConditionExpression="#v = :expected",
        ExpressionAttributeNames={"#st": "status", "#v": "version"},  # status is a reserved word
        ExpressionAttributeValues={**values, ":st": {"S": new_status},
                                   ":expected": {"N": str(expected_version)},
                                   ":next": {"N": str(expected_version + 1)}},
    )


def create_order(customer_id: str, order_id: str, created_at: str, lines: list[dict],
                 total: str, idempotency_key: str, attempts: int = 4) -> None:
    """Header + line items (which point back to the header) in one transaction, all new items.
    idempotency_key: checkout request id (<= 36 chars); a repeat within 10 minutes is one call."""
    new = "attribute_not_exists(pk)"
    actions = [{"Put": {
        "TableName": TABLE, "ConditionExpression": new,
        "ReturnValuesOnConditionCheckFailure": "ALL_OLD",
        "Item": {"pk": {"S": f"CUST#{customer_id}"}, "sk": {"S": f"ORDER#{created_at}#{order_id}"},
                 "order_id": {"S": order_id}, "customer_id": {"S": customer_id},
                 "status": {"S": "PENDING"}, "status_shard": {"S": status_shard("PENDING", order_id)},
                 "created_at": {"S": created_at}, "total": {"N": total}, "version": {"N": "1"}},
    }}]
    for n, line in enumerate(lines, start=1):
        actions.append({"Put": {
            "TableName": TABLE, "ConditionExpression": new,
            "Item": {"pk": {"S": f"ORDER#{order_id}"}, "sk": {"S": f"ITEM#{n:03d}"},
                     "sku": {"S": line["sku"]}, "qty": {"N": str(line["qty"])},
                     "price": {"N": line["price"]}, "customer_id": {"S": customer_id},
                     "created_at": {"S": created_at}},  # pointer back to the header
        }})

    for attempt in range(attempts):
        try:
            ddb.transact_write_items(TransactItems=actions, ClientRequestToken=idempotency_key)
            return
        except ddb.exceptions.TransactionCanceledException as e:
            # One reason per action, in the order of `actions`; "None" = not the cause.
            codes = [r.get("Code") for r in e.response.get("CancellationReasons", [])]
            if "ConditionalCheckFailed" in codes:
                raise DuplicateOrder(order_id) from e  # some item exists: nothing was written
            if not RETRYABLE & set(codes):
                raise  # validation errors etc.: retrying will not help
            time.sleep(random.uniform(0, 0.05 * 2 ** attempt))  # full jitter, then same token
    raise RuntimeError(f"order {order_id} not written after {attempts} attempts")
