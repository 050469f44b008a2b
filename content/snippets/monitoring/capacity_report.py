"""Two weeks of per-minute consumed vs provisioned write capacity for a table
or GSI: the numbers we review before changing auto scaling min/max."""
from datetime import datetime, timedelta, timezone

import boto3

cw = boto3.client("cloudwatch", region_name="eu-west-1")


def series(metric, stat, dims, start, end):
    """Return {timestamp: value} for one metric at 1-minute resolution."""
    query = {"Id": "m", "MetricStat": {
        "Metric": {"Namespace": "AWS/DynamoDB", "MetricName": metric,
                   "Dimensions": dims},
        "Period": 60, "Stat": stat}}
    out, token = {}, None
    while True:
        kwargs = {"NextToken": token} if token else {}
        resp = cw.get_metric_data(MetricDataQueries=[query], StartTime=start,
                                  EndTime=end, **kwargs)
        r = resp["MetricDataResults"][0]
        out.update(zip(r["Timestamps"], r["Values"]))
        token = resp.get("NextToken")
        if not token:
            return out


def report(table, index=None, days=14):  # 1-minute data is kept for 15 days
    dims = [{"Name": "TableName", "Value": table}]
    if index:  # without this dimension you get the table only, not its GSIs
        dims.append({"Name": "GlobalSecondaryIndexName", "Value": index})
    end = datetime.now(timezone.utc)
    start = end - timedelta(days=days)
    # Sum over a minute / 60 = average WCU per second in that minute.
    # Spikes shorter than a minute are averaged away.
    per_sec = sorted(v / 60 for v in series(
        "ConsumedWriteCapacityUnits", "Sum", dims, start, end).values())
    prov = series("ProvisionedWriteCapacityUnits", "Maximum", dims, start, end)
    if not per_sec:
        return
    p99 = per_sec[int(0.99 * (len(per_sec) - 1))]
    print(f"{table}/{index or '-'}: peak {per_sec[-1]:.0f} WCU/s, "
          f"p99 minute {p99:.0f} WCU/s, median {per_sec[len(per_sec) // 2]:.0f}, "
          f"max provisioned {max(prov.values(), default=0):.0f}")


if __name__ == "__main__":
    report("Orders")
    report("Orders", "ByStatus")
