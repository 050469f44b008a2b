"""The order detail page: a 'join' done with two key-based reads.

The header lives in the customer's item collection (pk CUST#...), the line
items and shipments in the order's own collection (pk ORDER#...). Both
reads are single-partition and run in parallel; no Scan, no server-side join.
"""
from concurrent.futures import ThreadPoolExecutor

import boto3
from boto3.dynamodb.conditions import Key

orders = boto3.resource("dynamodb", region_name="eu-west-1").Table("Orders")


def get_header(customer_id: str, created_at: str, order_id: str) -> dict | None:
    resp = orders.get_item(
        Key={"pk": f"CUST#{customer_id}", "sk": f"ORDER#{created_at}#{order_id}"}
    )
    return resp.get("Item")


def get_children(order_id: str) -> list[dict]:
    # One Query returns ITEM#001..ITEM#nnn and SHIP#... together, sorted by sk.
    items, kwargs = [], {"KeyConditionExpression": Key("pk").eq(f"ORDER#{order_id}")}
    while True:
        resp = orders.query(**kwargs)
        items.extend(resp["Items"])
        if "LastEvaluatedKey" not in resp:
            return items
        kwargs["ExclusiveStartKey"] = resp["LastEvaluatedKey"]


def order_detail(customer_id: str, created_at: str, order_id: str) -> dict:
    with ThreadPoolExecutor(max_workers=2) as pool:
        header = pool.submit(get_header, customer_id, created_at, order_id)
        children = pool.submit(get_children, order_id)
        rows = children.result()
    return {
        "header": header.result(),
        "lines": [r for r in rows if r["sk"].startswith("ITEM#")],
        "shipments": [r for r in rows if r["sk"].startswith("SHIP#")],
    }
