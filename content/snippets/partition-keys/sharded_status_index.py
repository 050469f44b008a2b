"""Write sharding for the ByStatus GSI: one hot key (PENDING) becomes ten (PENDING#0..9).

Writers put a calculated shard suffix into status_shard; readers query all ten
shards in parallel and merge by created_at (oldest first).
"""
import heapq
import itertools
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor

import boto3
from boto3.dynamodb.conditions import Key

SHARDS = 10
OPEN_STATUSES = {"PENDING", "PAID", "PICKING"}

_local = threading.local()


def table():
    # boto3 resources are not thread-safe: one Table object per thread.
    if not hasattr(_local, "table"):
        _local.table = boto3.session.Session().resource("dynamodb", region_name="eu-west-1").Table("Orders")
    return _local.table


def shard_of(order_id: str) -> int:
    # Calculated, not random: the same order always lands on the same shard, so any
    # writer can recompute it. crc32 is stable across processes (Python's hash() is not).
    return zlib.crc32(order_id.encode("utf-8")) % SHARDS


def set_status(customer_id: str, created_at: str, order_id: str, status: str) -> None:
    """Status change on the order header; keeps the sparse, sharded GSI key in step."""
    key = {"pk": f"CUST#{customer_id}", "sk": f"ORDER#{created_at}#{order_id}"}
    if status in OPEN_STATUSES:
        table().update_item(
            Key=key,
            UpdateExpression="SET #s = :s, status_shard = :ss",
            ExpressionAttributeNames={"#s": "status"},
            ExpressionAttributeValues={":s": status, ":ss": f"{status}#{shard_of(order_id)}"},
        )
    else:
        # SHIPPED (or later): drop the GSI key so the item leaves ByStatus.
        table().update_item(
            Key=key,
            UpdateExpression="SET #s = :s REMOVE status_shard",
            ExpressionAttributeNames={"#s": "status"},
            ExpressionAttributeValues={":s": status},
        )


def _query_shard(status: str, shard: int, limit: int) -> list:
    """Oldest `limit` items of one shard (a shard never needs to return more)."""
    items, kwargs = [], {
        "IndexName": "ByStatus",
        "KeyConditionExpression": Key("status_shard").eq(f"{status}#{shard}"),
        "ScanIndexForward": True,  # ascending created_at = oldest first
        "Limit": limit,
    }
    while len(items) < limit:
        page = table().query(**kwargs)
        items.extend(page["Items"])
        if "LastEvaluatedKey" not in page:
            break
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    return items[:limit]


def oldest_open_orders(status: str, limit: int = 100) -> list:
    """Scatter-gather: ten small queries in parallel, then a k-way merge."""
    with ThreadPoolExecutor(max_workers=SHARDS) as pool:
        per_shard = list(pool.map(lambda s: _query_shard(status, s, limit), range(SHARDS)))
    merged = heapq.merge(*per_shard, key=lambda item: item["created_at"])
    return list(itertools.islice(merged, limit))


if __name__ == "__main__":
    for order in oldest_open_orders("PAID", limit=20):
        print(order["created_at"], order["order_id"], order["total"])
