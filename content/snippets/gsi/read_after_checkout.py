"""Read-your-own-write for a just-created order, from its id alone.

ByOrderId is a GSI: eventually consistent, and ConsistentRead=True is rejected.
Support tools hold only the order id, so every line item (written under
ORDER#<id> in the same checkout transaction) carries the header's key.
"""
import boto3
from boto3.dynamodb.conditions import Key
from botocore.exceptions import ClientError

orders = boto3.resource("dynamodb", region_name="eu-west-1").Table("Orders")


def get_order_fresh(order_id: str) -> dict | None:
    # Strongly consistent Query on the order's own collection; ITEM#001 sorts first.
    resp = orders.query(KeyConditionExpression=Key("pk").eq(f"ORDER#{order_id}"),
                        ConsistentRead=True, Limit=1)
    if not resp["Items"]:
        return None  # no line item yet: the checkout transaction has not committed
    line = resp["Items"][0]  # the pointer: the header's key attributes
    key = {"pk": f"CUST#{line['customer_id']}", "sk": f"ORDER#{line['created_at']}#{order_id}"}
    # 1 RCU for the 0.5 KB line item + 1 RCU for the 1.4 KB header, both strongly consistent.
    return orders.get_item(Key=key, ConsistentRead=True).get("Item")


def find_order_by_id(order_id: str) -> dict | None:
    # Lookup by id alone goes through the GSI: fine for orders older than a
    # second or so, but a brand-new order may not be there yet.
    resp = orders.query(
        IndexName="ByOrderId",
        KeyConditionExpression=Key("order_id").eq(order_id),
    )
    items = resp["Items"]
    return items[0] if items else None


def strong_read_on_gsi_fails(order_id: str) -> None:
    try:
        orders.query(
            IndexName="ByOrderId",
            KeyConditionExpression=Key("order_id").eq(order_id),
            ConsistentRead=True,  # not supported on a GSI
        )
    except ClientError as err:
        assert err.response["Error"]["Code"] == "ValidationException"
