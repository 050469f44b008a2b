#!/usr/bin/env bash
# Auto scaling for one GSI's write capacity. The index is its own scalable
# target: table-level settings do not cover it.
set -euo pipefail
RESOURCE=table/Orders/index/ByStatus

# Floor sized for a normal daily peak, ceiling equal to the table's maximum
# so the index is never the tighter limit on writes.
aws application-autoscaling register-scalable-target \
  --service-namespace dynamodb \
  --resource-id "$RESOURCE" \
  --scalable-dimension dynamodb:index:WriteCapacityUnits \
  --min-capacity 300 --max-capacity 4000

# Same 70% target as the table.
aws application-autoscaling put-scaling-policy \
  --service-namespace dynamodb \
  --resource-id "$RESOURCE" \
  --scalable-dimension dynamodb:index:WriteCapacityUnits \
  --policy-name ByStatus-write-70 \
  --policy-type TargetTrackingScaling \
  --target-tracking-scaling-policy-configuration '{
    "TargetValue": 70.0,
    "PredefinedMetricSpecification": {
      "PredefinedMetricType": "DynamoDBWriteCapacityUtilization"}}'
