"""The protection settings on Orders: PITR, deletion protection, and an
on-demand backup before risky changes.

PITR is billed on table size, whatever the recovery period, so we keep the
maximum of 35 days. Backups and restores consume no table throughput.
"""
from datetime import datetime, timezone

import boto3

ddb = boto3.client("dynamodb", region_name="eu-west-1")
TABLE = "Orders"


def protect() -> None:
    ddb.update_continuous_backups(
        TableName=TABLE,
        PointInTimeRecoverySpecification={
            "PointInTimeRecoveryEnabled": True,
            "RecoveryPeriodInDays": 35,  # any value from 1 to 35 days
        },
    )
    # DeleteTable fails while this is on. It is off by default and set per
    # table: each global table replica and each restored table needs its own.
    ddb.update_table(TableName=TABLE, DeletionProtectionEnabled=True)


def restore_window() -> tuple[datetime, datetime]:
    pitr = ddb.describe_continuous_backups(TableName=TABLE)[
        "ContinuousBackupsDescription"]["PointInTimeRecoveryDescription"]
    # Latest is typically about five minutes before now.
    return pitr["EarliestRestorableDateTime"], pitr["LatestRestorableDateTime"]


def backup_before_migration(change: str) -> str:
    # A full copy of the table for long-term keeping, beyond the PITR window.
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M")
    details = ddb.create_backup(TableName=TABLE, BackupName=f"{TABLE}-{change}-{stamp}")
    return details["BackupDetails"]["BackupArn"]
