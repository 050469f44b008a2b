import boto3
from boto3.dynamodb.conditions import Attr, Key

orders = boto3.resource("dynamodb").Table("Orders")

# Query: one partition key value, sort-key condition, items come back in sort-key order.
latest = orders.query(
    KeyConditionExpression=Key("pk").eq("CUST#c-1042") & Key("sk").begins_with("ORDER#"),
    ScanIndexForward=False,  # newest first
    Limit=20,                # the order-history page: 20 x 1.4 KB = 3.5 RCU, eventually consistent
)["Items"]

# Scan: reads every item of the table, 1 MB per call. The filter trims the response,
# not the bill; Segment/TotalSegments split a one-off job across parallel workers.
page = orders.scan(FilterExpression=Attr("status").eq("PAID"), Segment=0, TotalSegments=8)
