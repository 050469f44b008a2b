"""TTL on OrderEvents: set it, read around it, and archive what it deletes.

expires_at is a Number in epoch seconds. Expired items stay readable until
the background process deletes them, so readers filter them out; the filter
runs after the read and saves no read capacity.
"""
import json
import time

import boto3
from boto3.dynamodb.conditions import Attr, Key
from botocore.exceptions import ClientError

REGION = "eu-west-1"
NINETY_DAYS = 90 * 24 * 3600  # 7,776,000 seconds

ddb = boto3.client("dynamodb", region_name=REGION)
events = boto3.resource("dynamodb", region_name=REGION).Table("OrderEvents")
lambda_client = boto3.client("lambda", region_name=REGION)


def enable_ttl() -> None:
    try:
        ddb.update_time_to_live(
            TableName="OrderEvents",
            TimeToLiveSpecification={"Enabled": True, "AttributeName": "expires_at"},
        )
    except ClientError as err:
        # Any further UpdateTimeToLive call within an hour of a change fails
        # with ValidationException (for example, TTL was just enabled).
        if err.response["Error"]["Code"] != "ValidationException":
            raise
    print(ddb.describe_time_to_live(TableName="OrderEvents")["TimeToLiveDescription"])


def put_event(order_id: str, event_type: str, at: int) -> None:
    events.put_item(Item={
        "pk": order_id,
        "sk": f"{at}#{event_type}",
        "expires_at": at + NINETY_DAYS,  # Number, seconds, not milliseconds
    })


def live_events(order_id: str) -> list[dict]:
    now = int(time.time())
    resp = events.query(
        KeyConditionExpression=Key("pk").eq(order_id),
        FilterExpression=Attr("expires_at").gt(now),  # hide expired, not yet deleted
    )
    return resp["Items"]


def archive_ttl_deletes(stream_arn: str) -> None:
    # Invoke the archiver only for deletes made by the TTL process.
    pattern = {"userIdentity": {"type": ["Service"], "principalId": ["dynamodb.amazonaws.com"]}}
    lambda_client.create_event_source_mapping(
        EventSourceArn=stream_arn,
        FunctionName="archive-expired-order-events",
        StartingPosition="LATEST",
        BatchSize=100,
        FilterCriteria={"Filters": [{"Pattern": json.dumps(pattern)}]},
    )
