"""Keep Orders reachable only through our VPC.

1. A gateway endpoint (free) for the ECS tasks in eu-west-1, with an endpoint
   policy that allows only our two tables. On-premises or other-Region
   callers would need an interface endpoint (billed) instead.
2. A resource-based policy on Orders that denies every request not arriving
   through that endpoint, except from the admin role, so that the policy
   can still be changed. Requests that AWS services make for us are left out
   of the Deny, as the restore documentation advises for source conditions.
"""
import json

import boto3

REGION = "eu-west-1"
ACCOUNT = "111122223333"
ec2 = boto3.client("ec2", region_name=REGION)
ddb = boto3.client("dynamodb", region_name=REGION)

tables = [f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/{t}" for t in ("Orders", "OrderEvents")]
endpoint_policy = {
    "Version": "2012-10-17",
    "Statement": [{
        "Sid": "OurTablesOnly",
        "Effect": "Allow",
        "Principal": "*",
        "Action": "dynamodb:*",
        "Resource": tables + [f"{t}/*" for t in tables],  # indexes and streams too
    }],
}
endpoint = ec2.create_vpc_endpoint(
    VpcEndpointType="Gateway",
    VpcId="vpc-0a1b2c3d4e5f67890",
    ServiceName=f"com.amazonaws.{REGION}.dynamodb",
    RouteTableIds=["rtb-0a1b2c3d4e5f67890", "rtb-0f9e8d7c6b5a43210"],
    PolicyDocument=json.dumps(endpoint_policy),
)["VpcEndpoint"]

table_policy = {
    "Version": "2012-10-17",
    "Statement": [{
        "Sid": "OnlyThroughOurEndpoint",
        "Effect": "Deny",
        "Principal": "*",
        "Action": "dynamodb:*",
        "Resource": [tables[0], f"{tables[0]}/index/*"],
        "Condition": {
            "StringNotEquals": {"aws:SourceVpce": endpoint["VpcEndpointId"]},
            "ArnNotEquals": {"aws:PrincipalArn": f"arn:aws:iam::{ACCOUNT}:role/dynamodb-admin"},
            "Bool": {"aws:ViaAWSService": "false"},
        },
    }],
}
# PutResourcePolicy refuses a policy that removes the caller's own right to change
# it unless ConfirmRemoveSelfResourceAccess=True; the admin exemption keeps that right.
ddb.put_resource_policy(ResourceArn=tables[0], Policy=json.dumps(table_policy))
