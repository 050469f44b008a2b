"""Nightly EMR job: write CustomerRecommendations from Spark to DynamoDB.

Each Spark partition is one writer. It sends BatchWriteItem calls of at most 25
puts, paced by a per-task token bucket, retries UnprocessedItems with capped
exponential backoff and full jitter, and dead-letters what still fails to S3.
Replay: run the same job with --replay s3://.../dlq/<run_id>/ as the input.
"""
import json
import random
import sys
import time
import uuid

import boto3
from boto3.dynamodb.types import TypeSerializer
from botocore.config import Config
from botocore.exceptions import ClientError
from pyspark.sql import SparkSession

TABLE = "CustomerRecommendations"
REGION = "eu-west-1"
DLQ_BUCKET, DLQ_PREFIX = "orders-platform-dlq", "customer-recommendations"
BATCH_SIZE = 25                 # hard limit of BatchWriteItem (and 16 MB per call)
WRITE_TASKS = 24                # concurrent writers = partitions written at once
WCU_BUDGET = 2400               # 80% of the 3,000 WCU scheduled for 01:00-03:00
WCU_PER_ITEM = 2                # 1.2 KB item rounds up to 2 KB = 2 WCU
MAX_ATTEMPTS = 8                # per batch; then the leftovers go to the DLQ
BASE_DELAY, MAX_DELAY = 0.05, 5.0
MAX_DEAD_PER_TASK = 1000        # more than this is an outage, not stragglers
RETRYABLE = {"ProvisionedThroughputExceededException", "ThrottlingException",
             "RequestLimitExceeded", "InternalServerError", "ServiceUnavailable"}

_ser = TypeSerializer()


def to_request(row):
    """Spark Row -> PutRequest in DynamoDB wire format (floats need Decimal)."""
    item = {"customer_id": row.customer_id,
            "products": list(row.products),        # ranked list of 20 ids
            "model_version": row.model_version,
            "generated_at": row.generated_at}
    return {"PutRequest": {"Item": {k: _ser.serialize(v) for k, v in item.items()}}}


def chunks(requests, size=BATCH_SIZE):
    """Group an iterator into lists of at most `size`, without materialising it."""
    batch = []
    for request in requests:
        batch.append(request)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class TokenBucket:
    """Lets one task send `rate` items per second on average."""

    def __init__(self, rate):
        self.rate, self.tokens, self.last = rate, rate, time.monotonic()
        self.capacity = max(rate, BATCH_SIZE)     # a full batch must always fit

    def take(self, n):
        while True:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
            self.last = now
            if self.tokens >= n:
                self.tokens -= n
                return
            time.sleep((n - self.tokens) / self.rate)


def backoff(attempt):
    # Full jitter: a random wait up to the capped exponential delay.
    return random.uniform(0, min(MAX_DELAY, BASE_DELAY * 2 ** attempt))


def write_batch(client, bucket, requests):
    """Write <= 25 puts. Returns [(request, reason)] for what could not be written."""
    pending = requests
    for attempt in range(MAX_ATTEMPTS):
        bucket.take(len(pending))        # retries spend write capacity too
        try:
            resp = client.batch_write_item(RequestItems={TABLE: pending})
            pending = resp.get("UnprocessedItems", {}).get(TABLE, [])
            if not pending:
                return []
        except ClientError as err:
            code = err.response["Error"]["Code"]
            if code == "ValidationException":
                # One bad item rejects the whole batch: find it item by item.
                return isolate_bad_items(client, pending)
            if code not in RETRYABLE:
                return [(r, code) for r in pending]
        time.sleep(backoff(attempt))   # throttled, or items left unprocessed
    return [(r, "unprocessed after %d attempts" % MAX_ATTEMPTS) for r in pending]


def isolate_bad_items(client, requests):
    failed = []
    for r in requests:
        try:
            client.put_item(TableName=TABLE, Item=r["PutRequest"]["Item"])
        except ClientError as err:
            failed.append((r, err.response["Error"]["Code"]))
    return failed


def write_dlq(s3, run_id, dead):
    body = "\n".join(json.dumps({"request": r, "reason": why, "run_id": run_id})
                     for r, why in dead)
    key = "%s/%s/part-%s.jsonl" % (DLQ_PREFIX, run_id, uuid.uuid4().hex)
    s3.put_object(Bucket=DLQ_BUCKET, Key=key, Body=body.encode("utf-8"))


def write_partition(requests, run_id, written, dead_count):
    cfg = Config(retries={"mode": "standard", "max_attempts": 3})
    client = boto3.client("dynamodb", region_name=REGION, config=cfg)
    bucket = TokenBucket(WCU_BUDGET / WCU_PER_ITEM / WRITE_TASKS)   # 50 items/s
    dead = []
    for batch in chunks(requests):
        failed = write_batch(client, bucket, batch)
        written.add(len(batch) - len(failed))
        dead.extend(failed)
        if len(dead) > MAX_DEAD_PER_TASK:
            break
    if dead:
        write_dlq(boto3.client("s3", region_name=REGION), run_id, dead)
        dead_count.add(len(dead))
    if len(dead) > MAX_DEAD_PER_TASK:
        raise RuntimeError("too many failed writes; failing the task loudly")


def main(argv):
    spark = SparkSession.builder.appName("recommendations-to-dynamodb").getOrCreate()
    sc = spark.sparkContext
    run_id = time.strftime("%Y-%m-%d")
    written, dead = sc.accumulator(0), sc.accumulator(0)   # counted once per task
    if argv[:1] == ["--replay"]:
        requests = sc.textFile(argv[1]).map(lambda line: json.loads(line)["request"])
    else:
        df = spark.read.parquet("s3://orders-platform-analytics/recommendations/" + run_id)
        # Two puts with the same key in one batch are a ValidationException.
        requests = df.dropDuplicates(["customer_id"]).rdd.map(to_request)
    requests.repartition(WRITE_TASKS).foreachPartition(
        lambda part: write_partition(part, run_id, written, dead))
    print("written=%d dead_lettered=%d" % (written.value, dead.value))
    if dead.value > 0.001 * max(written.value, 1):
        sys.exit(1)   # > 0.1% failed: alarm and keep the DLQ for replay


if __name__ == "__main__":
    main(sys.argv[1:])
