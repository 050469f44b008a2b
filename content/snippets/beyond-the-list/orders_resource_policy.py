"""A resource-based policy on Orders: the fraud team's account may read order
headers through ByOrderId, but only five attributes.

Cross-account access needs an Allow here AND in the caller's identity
policy. dynamodb:Attributes is checked against the attributes named in the
request, so Select=SPECIFIC_ATTRIBUTES is required: without a projection a
read would return every attribute. Key attributes of the table and the index
must be in the list. Tables encrypted with the AWS managed key cannot be
shared this way (AWS owned or customer managed keys only).
"""
import json

import boto3
from botocore.exceptions import ClientError

ddb = boto3.client("dynamodb", region_name="eu-west-1")
TABLE_ARN = "arn:aws:dynamodb:eu-west-1:111122223333:table/Orders"
FRAUD_ROLE = "arn:aws:iam::444455556666:role/fraud-scoring"

policy = {
    "Version": "2012-10-17",
    "Statement": [{
        "Sid": "FraudTeamReadsOrderHeadersOnly",
        "Effect": "Allow",
        "Principal": {"AWS": FRAUD_ROLE},
        "Action": ["dynamodb:GetItem", "dynamodb:Query"],
        "Resource": [TABLE_ARN, f"{TABLE_ARN}/index/ByOrderId"],
        "Condition": {
            "ForAllValues:StringEquals": {
                "dynamodb:Attributes": ["pk", "sk", "order_id", "status", "total"],
            },
            "StringEquals": {"dynamodb:Select": "SPECIFIC_ATTRIBUTES"},
        },
    }],
}

try:
    current = ddb.get_resource_policy(ResourceArn=TABLE_ARN)
    revision = {"ExpectedRevisionId": current["RevisionId"]}  # no lost updates
except ClientError as err:
    if err.response["Error"]["Code"] != "PolicyNotFoundException":
        raise
    revision = {}

# At most 20 KB, whitespace included. A policy that would grant public access
# is rejected (Block Public Access); the next change is possible after 15 s.
resp = ddb.put_resource_policy(ResourceArn=TABLE_ARN, Policy=json.dumps(policy), **revision)
print(resp["RevisionId"])
