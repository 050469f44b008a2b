"""Restore Orders to just before a bad deploy, then rebuild what a restore
leaves behind.

The restore brings back the data, the GSIs and LSIs, the provisioned capacity
and the encryption settings. The API reference lists what must be set up by
hand: auto scaling policies, IAM policies, CloudWatch metrics and alarms, tags,
stream settings, TTL settings and PITR settings. Deletion protection,
Contributor Insights and the resource-based policy are not carried over either.
"""
from datetime import datetime, timezone

import boto3

REGION = "eu-west-1"
ddb = boto3.client("dynamodb", region_name=REGION)
aas = boto3.client("application-autoscaling", region_name=REGION)

SOURCE = "Orders"
TARGET = "Orders-restored-20261204-1359"
BEFORE_DEPLOY = datetime(2026, 12, 4, 13, 59, 0, tzinfo=timezone.utc)


def restore() -> None:
    ddb.restore_table_to_point_in_time(
        SourceTableName=SOURCE,
        TargetTableName=TARGET,          # always a new table
        RestoreDateTime=BEFORE_DEPLOY,   # second precision, inside the PITR window
    )
    # A restore can take hours.
    ddb.get_waiter("table_exists").wait(
        TableName=TARGET, WaiterConfig={"Delay": 60, "MaxAttempts": 600})


def rebuild_settings() -> None:
    old = ddb.describe_table(TableName=SOURCE)["Table"]
    new = ddb.describe_table(TableName=TARGET)["Table"]

    ddb.update_continuous_backups(
        TableName=TARGET,
        PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True,
                                          "RecoveryPeriodInDays": 35})
    ddb.update_table(TableName=TARGET, DeletionProtectionEnabled=True)
    stream = old.get("StreamSpecification", {})
    if stream.get("StreamEnabled"):
        # A new stream has a new ARN: update event source mappings and IAM.
        # One UpdateTable per change: wait until the table is ACTIVE again.
        ddb.get_waiter("table_exists").wait(TableName=TARGET)
        ddb.update_table(TableName=TARGET, StreamSpecification=stream)

    tags = ddb.list_tags_of_resource(ResourceArn=old["TableArn"])["Tags"]
    if tags:
        ddb.tag_resource(ResourceArn=new["TableArn"], Tags=tags)
    if ddb.describe_contributor_insights(TableName=SOURCE)["ContributorInsightsStatus"] == "ENABLED":
        ddb.update_contributor_insights(TableName=TARGET, ContributorInsightsAction="ENABLE")
    # Not shown: the resource-based policy (it names the old table's ARN),
    # IAM policies, alarms and dashboards that name the old table.

    # Auto scaling for the table and each GSI, copied from the old table.
    prefix = f"table/{SOURCE}"
    targets = [t for page in aas.get_paginator("describe_scalable_targets").paginate(
        ServiceNamespace="dynamodb") for t in page["ScalableTargets"]]
    policies = [p for page in aas.get_paginator("describe_scaling_policies").paginate(
        ServiceNamespace="dynamodb") for p in page["ScalingPolicies"]]
    for t in targets:
        if t["ResourceId"] == prefix or t["ResourceId"].startswith(prefix + "/index/"):
            resource_id = f"table/{TARGET}" + t["ResourceId"][len(prefix):]
            aas.register_scalable_target(
                ServiceNamespace="dynamodb", ResourceId=resource_id,
                ScalableDimension=t["ScalableDimension"],
                MinCapacity=t["MinCapacity"], MaxCapacity=t["MaxCapacity"])
            for p in policies:
                same = (p["ResourceId"], p["ScalableDimension"]) == (t["ResourceId"], t["ScalableDimension"])
                if same and p["PolicyType"] == "TargetTrackingScaling":
                    aas.put_scaling_policy(
                        PolicyName=p["PolicyName"], ServiceNamespace="dynamodb",
                        ResourceId=resource_id, ScalableDimension=p["ScalableDimension"],
                        PolicyType="TargetTrackingScaling",
                        TargetTrackingScalingPolicyConfiguration=p[
                            "TargetTrackingScalingPolicyConfiguration"])
