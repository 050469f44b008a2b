"""Move Orders to a customer managed KMS key and watch the key's health.

Switching keys needs no downtime. We keep the old key enabled until the table
reports the new key ARN with Status ENABLED, and retire it only after checking
that no backup we might still restore depends on it.
"""
import time

import boto3

ddb = boto3.client("dynamodb", region_name="eu-west-1")
NEW_KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"


def switch_to_customer_managed_key(table: str = "Orders") -> None:
    ddb.update_table(
        TableName=table,
        SSESpecification={"Enabled": True, "SSEType": "KMS", "KMSMasterKeyId": NEW_KEY},
    )
    while True:
        sse = ddb.describe_table(TableName=table)["Table"].get("SSEDescription", {})
        if sse.get("Status") == "ENABLED" and sse.get("KMSMasterKeyArn") == NEW_KEY:
            return  # only now do we consider retiring the previous key
        time.sleep(30)


def key_problem(table: str = "Orders") -> str | None:
    # Set when DynamoDB finds the table's key inaccessible (disabled, deleted,
    # grant revoked). If it stays so for more than seven days, DynamoDB
    # archives the table and creates an on-demand backup (see ArchivalSummary).
    sse = ddb.describe_table(TableName=table)["Table"].get("SSEDescription", {})
    since = sse.get("InaccessibleEncryptionDateTime")
    return f"KMS key inaccessible since {since:%Y-%m-%d %H:%M} UTC" if since else None
