"""Invoice PDFs live in S3; the order header in Orders keeps only a pointer to them.
S3 first, then DynamoDB: no transaction spans the two services, so a pointer write that
definitely failed deletes its object, and a nightly sweeper removes any other orphans."""
import boto3
from botocore.exceptions import ClientError

s3 = boto3.client("s3")
ddb = boto3.client("dynamodb")
BUCKET = "orders-invoices-eu-west-1"
TABLE = "Orders"


def attach_invoice(customer_id: str, header_sk: str, order_id: str, pdf: bytes) -> str:
    key = f"invoices/{order_id}.pdf"  # short, derived from the order: S3 limits key length
    s3.put_object(
        Bucket=BUCKET, Key=key, Body=pdf, ContentType="application/pdf",
        # the owning item's key as object metadata: a link back for maintenance jobs
        Metadata={"order-pk": f"CUST#{customer_id}", "order-sk": header_sk},
    )
    try:
        ddb.update_item(
            TableName=TABLE,
            Key={"pk": {"S": f"CUST#{customer_id}"}, "sk": {"S": header_sk}},
            UpdateExpression="SET invoice_key = :k, invoice_bytes = :n",
            ConditionExpression="attribute_exists(pk)",  # the order header must exist
            ExpressionAttributeValues={":k": {"S": key}, ":n": {"N": str(len(pdf))}},
        )
    except ClientError as e:
        if e.response["Error"]["Code"] == "ConditionalCheckFailedException":
            s3.delete_object(Bucket=BUCKET, Key=key)  # no header: the object is an orphan
        raise  # other errors may have succeeded server-side: leave the object to the sweeper
    return key


def invoice_link(customer_id: str, header_sk: str, seconds: int = 300) -> str | None:
    """The header stays 1.4 KB (one 4 KB read unit); the browser fetches the PDF from S3."""
    item = ddb.get_item(
        TableName=TABLE,
        Key={"pk": {"S": f"CUST#{customer_id}"}, "sk": {"S": header_sk}},
        ProjectionExpression="invoice_key",
    ).get("Item")
    if not item or "invoice_key" not in item:
        return None
    return s3.generate_presigned_url(
        "get_object", Params={"Bucket": BUCKET, "Key": item["invoice_key"]["S"]},
        ExpiresIn=seconds,
    )
