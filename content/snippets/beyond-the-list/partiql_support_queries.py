"""PartiQL on the Orders table for support tooling: parameterised SELECTs that name the
partition key (so they run as key lookups, not scans), NextToken paging, and a batch of
point reads whose statements succeed or fail one by one."""
import boto3

ddb = boto3.client("dynamodb")


def run(statement: str, params: list[dict]) -> list[dict]:
    """ExecuteStatement reads at most 1 MB per call; follow NextToken to the end."""
    items, token = [], None
    while True:
        kwargs = {"Statement": statement, "Parameters": params}
        if token:
            kwargs["NextToken"] = token
        resp = ddb.execute_statement(**kwargs)
        items.extend(resp.get("Items", []))
        token = resp.get("NextToken")
        if not token:
            return items


def order_lines(order_id: str) -> list[dict]:
    # Equality on the partition key plus a sort-key prefix: one item collection is read.
    return run('SELECT sk, product_id, qty FROM "Orders" WHERE pk = ? AND begins_with(sk, ?)',
               [{"S": f"ORDER#{order_id}"}, {"S": "ITEM#"}])


def order_by_id(order_id: str) -> list[dict]:
    # An index is named "Table"."Index"; GSI reads are eventually consistent.
    return run('SELECT customer_id, "status", total FROM "Orders"."ByOrderId" WHERE order_id = ?',
               [{"S": order_id}])


def headers(keys: list[tuple[str, str]]) -> list[dict]:
    """Up to 25 reads, each naming the full primary key (one item each). An HTTP 200 does not
    mean every statement succeeded: check each response's Error."""
    resp = ddb.batch_execute_statement(Statements=[
        {"Statement": 'SELECT * FROM "Orders" WHERE pk = ? AND sk = ?',
         "Parameters": [{"S": pk}, {"S": sk}]}
        for pk, sk in keys[:25]
    ])
    found = []
    for r in resp["Responses"]:
        if "Error" in r:
            raise RuntimeError(f'{r["Error"]["Code"]}: {r["Error"].get("Message", "")}')
        if "Item" in r:
            found.append(r["Item"])
    return found

# Never in a request path: no partition-key equality, so this is a full table scan.
#   SELECT * FROM "Orders" WHERE total > 500
