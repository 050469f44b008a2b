"""Write items with BatchWriteItem, retrying UnprocessedItems with capped
exponential backoff and full jitter. Used by the nightly job that loads
CustomerRecommendations (4 million items of 1.2 KB)."""
import random
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

# The SDK already retries whole calls that fail with a throttling exception;
# "standard" mode gives them capped exponential backoff and a retry quota.
dynamodb = boto3.client(
    "dynamodb",
    region_name="eu-west-1",
    config=Config(retries={"mode": "standard", "max_attempts": 5}),
)

BATCH_SIZE = 25       # BatchWriteItem takes at most 25 put/delete requests
MAX_ATTEMPTS = 8      # bounded: never retry forever
BASE_DELAY = 0.05     # seconds
MAX_DELAY = 5.0       # cap on a single sleep
THROTTLING = {"ProvisionedThroughputExceededException", "ThrottlingException"}


def backoff_delay(attempt: int) -> float:
    """Full jitter: a uniform sleep between 0 and the capped exponential."""
    return random.uniform(0, min(MAX_DELAY, BASE_DELAY * 2 ** attempt))


def write_batch(table: str, requests: list) -> list:
    """Send up to 25 write requests; return the ones still unprocessed."""
    pending = {table: requests}
    for attempt in range(MAX_ATTEMPTS):
        if attempt:
            time.sleep(backoff_delay(attempt))  # 0-0.1 s, 0-0.2 s, ... 0-5 s
        try:
            resp = dynamodb.batch_write_item(RequestItems=pending)
            pending = resp.get("UnprocessedItems", {})
        except ClientError as err:
            # Raised only when *no* item could be written (after SDK retries).
            if err.response["Error"]["Code"] not in THROTTLING:
                raise
        if not pending:
            return []
    return pending.get(table, [])  # caller parks these (S3 / DLQ) for a rerun


def put_all(table: str, items: list) -> list:
    """Write low-level-typed items in chunks of 25; return what failed."""
    failed = []
    for i in range(0, len(items), BATCH_SIZE):
        chunk = [{"PutRequest": {"Item": item}} for item in items[i:i + BATCH_SIZE]]
        failed.extend(write_batch(table, chunk))
    return failed


if __name__ == "__main__":
    rows = [
        {"customer_id": {"S": f"C{n:07d}"},
         "product_ids": {"L": [{"S": f"P{p}"} for p in range(20)]}}
        for n in range(100)
    ]
    left = put_all("CustomerRecommendations", rows)
    print(f"{len(rows) - len(left)} written, {len(left)} to retry later")
