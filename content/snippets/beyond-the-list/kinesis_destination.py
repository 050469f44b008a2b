"""Add Kinesis Data Streams as a second change feed for OrderEvents.

The DynamoDB stream (24 hours, read free by the status Lambda) stays as it is;
both feeds can be on at once. The Kinesis stream keeps records for 7 days, so
analytics consumers can replay, and it is billed separately: change data
capture units on the table plus Kinesis pricing for the stream.
"""
import boto3

REGION = "eu-west-1"
kinesis = boto3.client("kinesis", region_name=REGION)
ddb = boto3.client("dynamodb", region_name=REGION)

STREAM = "order-events-cdc"

kinesis.create_stream(StreamName=STREAM, StreamModeDetails={"StreamMode": "ON_DEMAND"})
kinesis.get_waiter("stream_exists").wait(StreamName=STREAM)
kinesis.increase_stream_retention_period(StreamName=STREAM, RetentionPeriodHours=7 * 24)

stream_arn = kinesis.describe_stream_summary(StreamName=STREAM)[
    "StreamDescriptionSummary"]["StreamARN"]

# One Kinesis destination per table, same account and Region as the table.
# Records can arrive out of order and occasionally twice: consumers order
# and de-duplicate with ApproximateCreationDateTime, here in microseconds.
ddb.enable_kinesis_streaming_destination(
    TableName="OrderEvents",
    StreamArn=stream_arn,
    EnableKinesisStreamingConfiguration={"ApproximateCreationDateTimePrecision": "MICROSECOND"},
)
for dest in ddb.describe_kinesis_streaming_destination(TableName="OrderEvents")[
        "KinesisDataStreamDestinations"]:
    print(dest["StreamArn"], dest["DestinationStatus"])
