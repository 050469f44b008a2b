"""Counters on the Orders table: an atomic counter (ADD), a first-time-only value
(SET with if_not_exists), and an exact, capped counter made idempotent by a transaction."""
import boto3
from botocore.exceptions import ClientError

ddb = boto3.client("dynamodb")
TABLE = "Orders"


def count_profile_view(customer_id: str) -> int:
    """Atomic counter: no read first and no lost increments under concurrency,
    but not idempotent: a retried call counts twice. Good enough for a view count."""
    resp = ddb.update_item(
        TableName=TABLE,
        Key={"pk": {"S": f"CUST#{customer_id}"}, "sk": {"S": "PROFILE"}},
        UpdateExpression="ADD profile_views :one",  # a missing attribute starts at 0
        ConditionExpression="attribute_exists(pk)",  # never create a bare profile item
        ExpressionAttributeValues={":one": {"N": "1"}},
        ReturnValues="UPDATED_NEW",
    )
    return int(resp["Attributes"]["profile_views"]["N"])


def mark_first_order(customer_id: str, placed_at: str) -> None:
    """if_not_exists keeps the first value ever written; later calls change nothing."""
    ddb.update_item(
        TableName=TABLE,
        Key={"pk": {"S": f"CUST#{customer_id}"}, "sk": {"S": "PROFILE"}},
        UpdateExpression="SET first_order_at = if_not_exists(first_order_at, :now)",
        ConditionExpression="attribute_exists(pk)",
        ExpressionAttributeValues={":now": {"S": placed_at}},
    )


class PromoExhausted(Exception):
    pass


def redeem_promo(code: str, order_id: str, max_redemptions: int, request_id: str) -> bool:
    """Exact and capped: a marker item per order makes a repeat a no-op, the condition on the
    counter enforces the cap, and both succeed or fail together (2 items x 1 WCU, doubled)."""
    try:
        ddb.transact_write_items(
            ClientRequestToken=request_id,  # same token within 10 minutes = same call
            TransactItems=[
                {"Put": {
                    "TableName": TABLE,
                    "Item": {"pk": {"S": f"PROMO#{code}"}, "sk": {"S": f"ORDER#{order_id}"}},
                    "ConditionExpression": "attribute_not_exists(pk)",
                }},
                {"Update": {
                    "TableName": TABLE,
                    "Key": {"pk": {"S": f"PROMO#{code}"}, "sk": {"S": "COUNTER"}},
                    "UpdateExpression": "SET redeemed = if_not_exists(redeemed, :zero) + :one",
                    "ConditionExpression": "attribute_not_exists(redeemed) OR redeemed < :max",
                    "ExpressionAttributeValues": {":zero": {"N": "0"}, ":one": {"N": "1"},
                                                  ":max": {"N": str(max_redemptions)}},
                }},
            ],
        )
        return True
    except ClientError as e:
        if e.response["Error"]["Code"] != "TransactionCanceledException":
            raise
        codes = [r.get("Code") for r in e.response.get("CancellationReasons", [])] + [None, None]
        marker, counter = codes[0], codes[1]  # one reason per action, in request order
        if marker == "ConditionalCheckFailed":
            return False  # this order already redeemed the code: not counted again
        if counter == "ConditionalCheckFailed":
            raise PromoExhausted(code) from e
        raise  # TransactionConflict or throttling: retry with backoff and the same request_id
