"""Turn an empty table into a multi-Region strongly consistent (MRSC) global table.

MRSC needs exactly three Regions in one Region set: here Ireland and
Frankfurt hold replicas and London is the witness, which holds no replica to
read or write and can only be added when the MRSC table is created. The source
table must be empty, have no LSIs and no TTL, and the mode cannot be changed
later. Writes that collide with a write to
the same item in another Region fail with ReplicatedWriteConflictException,
which is safe to retry.
"""
import random
import time

import boto3

TABLE = "PaymentLedger"  # created empty in eu-west-1 beforehand
ddb = boto3.client("dynamodb", region_name="eu-west-1")


def make_mrsc() -> None:
    ddb.update_table(
        TableName=TABLE,
        ReplicaUpdates=[{"Create": {"RegionName": "eu-central-1"}}],
        GlobalTableWitnessUpdates=[{"Create": {"RegionName": "eu-west-2"}}],
        MultiRegionConsistency="STRONG",
    )
    while True:
        table = ddb.describe_table(TableName=TABLE)["Table"]
        replicas = [r["ReplicaStatus"] for r in table.get("Replicas", [])]
        witnesses = [w["WitnessStatus"] for w in table.get("GlobalTableWitnesses", [])]
        if (table["TableStatus"] == "ACTIVE" and replicas and witnesses
                and all(s == "ACTIVE" for s in replicas + witnesses)):
            print(table["MultiRegionConsistency"])  # STRONG
            return
        time.sleep(20)


def record_payment(payment_id: str, amount_cents: int, attempts: int = 5) -> None:
    # A conditional put: with MRSC the condition is evaluated against the
    # latest version of the item, whichever Region wrote it.
    for attempt in range(attempts):
        try:
            ddb.put_item(
                TableName=TABLE,
                Item={"pk": {"S": f"PAY#{payment_id}"},
                      "amount_cents": {"N": str(amount_cents)}},
                ConditionExpression="attribute_not_exists(pk)",
            )
            return
        except ddb.exceptions.ReplicatedWriteConflictException:
            # Another Region is modifying the same item right now.
            time.sleep(random.uniform(0, 0.05 * 2 ** attempt))
    raise RuntimeError(f"payment {payment_id}: still conflicting after {attempts} attempts")
