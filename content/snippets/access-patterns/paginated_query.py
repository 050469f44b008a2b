"""Cursor pagination over the Orders table: a customer's order history, newest first."""
import base64
import hashlib
import hmac
import json
import os

import boto3
from boto3.dynamodb.conditions import Key

TABLE = boto3.resource("dynamodb").Table("Orders")
# Signs page tokens so a client can neither forge a start key nor reuse one for another customer.
TOKEN_SECRET = os.environ["PAGE_TOKEN_SECRET"].encode()


def encode_token(last_key: dict, customer_id: str) -> str:
    """LastEvaluatedKey -> opaque, signed, URL-safe token (our keys are strings, so plain JSON works)."""
    body = json.dumps({"c": customer_id, "k": last_key}, separators=(",", ":"))
    sig = hmac.new(TOKEN_SECRET, body.encode(), hashlib.sha256).hexdigest()
    return base64.urlsafe_b64encode(f"{sig}.{body}".encode()).decode()


def decode_token(token: str, customer_id: str) -> dict:
    try:
        sig, body = base64.urlsafe_b64decode(token.encode()).decode().split(".", 1)
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError("invalid page token") from exc
    expected = hmac.new(TOKEN_SECRET, body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected) or payload.get("c") != customer_id:
        raise ValueError("invalid page token")
    return payload["k"]


def list_orders(customer_id: str, page_token: str | None = None, page_size: int = 20) -> dict:
    """One API page: up to page_size order headers and a token for the next page (or None)."""
    kwargs = {
        "KeyConditionExpression": Key("pk").eq(f"CUST#{customer_id}")
        & Key("sk").begins_with("ORDER#"),
        "ScanIndexForward": False,  # sk starts with the ISO-8601 creation time: newest first
        "Limit": page_size,         # caps items read per call; the 1 MB cap still applies
    }
    if page_token:
        kwargs["ExclusiveStartKey"] = decode_token(page_token, customer_id)
    resp = TABLE.query(**kwargs)
    last_key = resp.get("LastEvaluatedKey")
    return {
        "orders": resp["Items"],
        # A key can come back although nothing is left; the next page is then empty, with no key.
        "next_page_token": encode_token(last_key, customer_id) if last_key else None,
    }


def iter_all_orders(customer_id: str):
    """Batch jobs: follow LastEvaluatedKey until DynamoDB stops returning it."""
    kwargs = {
        "KeyConditionExpression": Key("pk").eq(f"CUST#{customer_id}")
        & Key("sk").begins_with("ORDER#"),
    }
    while True:
        resp = TABLE.query(**kwargs)  # at most 1 MB of items per call
        yield from resp["Items"]
        if "LastEvaluatedKey" not in resp:
            return
        kwargs["ExclusiveStartKey"] = resp["LastEvaluatedKey"]
