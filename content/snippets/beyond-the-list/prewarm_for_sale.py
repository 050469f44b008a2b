"""Before a sale: read the warm throughput of Orders and its GSIs, and pre-warm whatever is
below the sale-day target. Pre-warming changes neither the capacity mode nor the provisioned
settings, runs asynchronously, and cannot be undone (warm throughput is never decreased)."""
import time

import boto3

ddb = boto3.client("dynamodb")
TABLE = "Orders"
# The auto scaling maxima from the capacity plan: what sale-day traffic may reach at once.
TABLE_TARGET = {"ReadUnitsPerSecond": 6000, "WriteUnitsPerSecond": 4000}
GSI_TARGET = {"ReadUnitsPerSecond": 2000, "WriteUnitsPerSecond": 4000}


def below_target(warm: dict, target: dict) -> dict:
    """The parts of the target that the current warm throughput does not reach yet."""
    return {k: v for k, v in target.items() if warm.get(k, 0) < v}


def wait_until_active(index_name: str | None = None, poll_seconds: int = 30) -> None:
    while True:
        table = ddb.describe_table(TableName=TABLE)["Table"]
        if index_name is None:
            status = table.get("WarmThroughput", {}).get("Status")
        else:
            gsi = next(g for g in table["GlobalSecondaryIndexes"] if g["IndexName"] == index_name)
            status = gsi.get("WarmThroughput", {}).get("Status")
        if status == "ACTIVE":
            return
        time.sleep(poll_seconds)


def prewarm() -> None:
    table = ddb.describe_table(TableName=TABLE)["Table"]
    missing = below_target(table.get("WarmThroughput", {}), TABLE_TARGET)
    if missing:
        ddb.update_table(TableName=TABLE, WarmThroughput=missing)
        wait_until_active()
    for gsi in table.get("GlobalSecondaryIndexes", []):  # ByOrderId, ByStatus
        missing = below_target(gsi.get("WarmThroughput", {}), GSI_TARGET)
        if missing:
            ddb.update_table(TableName=TABLE, GlobalSecondaryIndexUpdates=[
                {"Update": {"IndexName": gsi["IndexName"], "WarmThroughput": missing}}])
            wait_until_active(gsi["IndexName"])


if __name__ == "__main__":
    prewarm()  # run a day ahead: how long it takes depends on the values and the table's size
