"""Move Orders to a customer managed KMS key and watch the key's health.

Switching keys needs no downtime. Keep the old key enabled until the table
reports the new key ARN with Status ENABLED: DynamoDB still needs the old key
to re-encrypt. Backups taken before the switch stay under the old key.
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
            return  # only now may the previous key be disabled
        time.sleep(30)


def key_problem(table: str = "Orders") -> str | None:
    # Set when DynamoDB finds the table's key inaccessible (disabled, deleted,
    # grant revoked). If it stays so for more than seven days, the table is
    # archived: a backup is taken and the table is removed.
    sse = ddb.describe_table(TableName=table)["Table"].get("SSEDescription", {})
    since = sse.get("InaccessibleEncryptionDateTime")
    return f"KMS key inaccessible since {since:%Y-%m-%d %H:%M} UTC" if since else None
