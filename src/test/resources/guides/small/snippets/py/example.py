# line 1: NOT_SHOWN_BEFORE
import boto3
client = boto3.client("dynamodb")
table = "Orders"
print(table)
# line 6: NOT_SHOWN_AFTER
