#!/usr/bin/env bash
# Add the sharded status index to the live Orders table and watch the backfill.
# A GSI's key schema is immutable, so the re-keyed index is a second index
# (ByStatusV2) next to the old bare-status one until readers have moved.
set -euo pipefail
TABLE=Orders
INDEX=ByStatusV2

# 1. Create the index. Provisioned tables need the index's own throughput.
#    The index is not auto scaled until it is registered as a scalable target,
#    so give the build a generous fixed WCU (backfill and live writes share it).
aws dynamodb update-table --table-name "$TABLE" \
  --attribute-definitions \
      AttributeName=status_shard,AttributeType=S \
      AttributeName=created_at,AttributeType=S \
  --global-secondary-index-updates '[{
    "Create": {
      "IndexName": "ByStatusV2",
      "KeySchema": [
        {"AttributeName": "status_shard", "KeyType": "HASH"},
        {"AttributeName": "created_at",   "KeyType": "RANGE"}],
      "Projection": {"ProjectionType": "INCLUDE",
                     "NonKeyAttributes": ["order_id", "customer_id", "total"]},
      "ProvisionedThroughput": {"ReadCapacityUnits": 100, "WriteCapacityUnits": 3000}
    }}]'

# 2. Poll until ACTIVE. CREATING + Backfilling=False is resource allocation,
#    CREATING + Backfilling=True is the copy of existing items.
while true; do
  read -r status backfilling < <(aws dynamodb describe-table --table-name "$TABLE" \
    --query "Table.GlobalSecondaryIndexes[?IndexName=='$INDEX'] | [0].[IndexStatus, Backfilling]" \
    --output text)
  progress=$(aws cloudwatch get-metric-statistics --namespace AWS/DynamoDB \
    --metric-name OnlineIndexPercentageProgress \
    --dimensions Name=TableName,Value="$TABLE" Name=GlobalSecondaryIndexName,Value="$INDEX" \
    --start-time "$(date -u -d '-10 min' +%FT%TZ)" --end-time "$(date -u +%FT%TZ)" \
    --period 300 --statistics Maximum --query 'max(Datapoints[].Maximum)' --output text)
  echo "$(date -u +%T) status=$status backfilling=$backfilling progress=${progress}%"
  [ "$status" = "ACTIVE" ] && break
  sleep 60
done

# 3. If OnlineIndexThrottleEvents climbs during the backfill, raise the index WCU
#    (allowed while Backfilling=True):
# aws dynamodb update-table --table-name "$TABLE" --global-secondary-index-updates \
#   '[{"Update":{"IndexName":"ByStatusV2","ProvisionedThroughput":{"ReadCapacityUnits":100,"WriteCapacityUnits":4000}}}]'
