#!/usr/bin/env bash
# Auto scaling for the Orders table and its two GSIs (provisioned mode, eu-west-1).
# Table: writes 300-4,000 WCU, reads 500-6,000 RCU, target tracking at 70%.
# Each GSI is its own scalable target: writes 300-4,000 WCU, reads 100-2,000 RCU.
set -euo pipefail
export AWS_REGION=eu-west-1

scale() {  # scale <resource-id> <table|index> <Read|Write> <min> <max>
  local res=$1 kind=$2 rw=$3 min=$4 max=$5
  aws application-autoscaling register-scalable-target \
    --service-namespace dynamodb \
    --resource-id "$res" \
    --scalable-dimension "dynamodb:${kind}:${rw}CapacityUnits" \
    --min-capacity "$min" --max-capacity "$max"

  aws application-autoscaling put-scaling-policy \
    --service-namespace dynamodb \
    --resource-id "$res" \
    --scalable-dimension "dynamodb:${kind}:${rw}CapacityUnits" \
    --policy-name "${res//\//-}-${rw}-tt70" \
    --policy-type TargetTrackingScaling \
    --target-tracking-scaling-policy-configuration "{
      \"TargetValue\": 70.0,
      \"PredefinedMetricSpecification\":
        {\"PredefinedMetricType\": \"DynamoDB${rw}CapacityUtilization\"},
      \"ScaleOutCooldown\": 60,
      \"ScaleInCooldown\": 300
    }"
}

scale table/Orders                  table Write 300 4000
scale table/Orders                  table Read  500 6000
# A GSI that cannot absorb its writes throttles the table's writes too,
# so the index write bounds match the table's.
scale table/Orders/index/ByStatus   index Write 300 4000
scale table/Orders/index/ByStatus   index Read  100 2000
scale table/Orders/index/ByOrderId  index Write 300 4000
scale table/Orders/index/ByOrderId  index Read  100 2000

# CustomerRecommendations: scheduled scaling around the 01:00-03:00 UTC batch load.
aws application-autoscaling register-scalable-target \
  --service-namespace dynamodb --resource-id table/CustomerRecommendations \
  --scalable-dimension dynamodb:table:WriteCapacityUnits \
  --min-capacity 50 --max-capacity 50

aws application-autoscaling put-scheduled-action \
  --service-namespace dynamodb --resource-id table/CustomerRecommendations \
  --scalable-dimension dynamodb:table:WriteCapacityUnits \
  --scheduled-action-name nightly-load-up \
  --schedule "cron(0 1 * * ? *)" \
  --scalable-target-action MinCapacity=3000,MaxCapacity=3000

aws application-autoscaling put-scheduled-action \
  --service-namespace dynamodb --resource-id table/CustomerRecommendations \
  --scalable-dimension dynamodb:table:WriteCapacityUnits \
  --scheduled-action-name nightly-load-down \
  --schedule "cron(0 3 * * ? *)" \
  --scalable-target-action MinCapacity=50,MaxCapacity=50
