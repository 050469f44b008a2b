"""Two layers of tests for the Orders code (pytest). DynamoDB local checks what it emulates:
keys, conditions, queries. botocore's Stubber plays the errors DynamoDB local never raises:
throttling and transaction conflicts.
Start DynamoDB local first, e.g.: docker run -p 8000:8000 amazon/dynamodb-local"""
import os
import time

import boto3
import pytest
from botocore.exceptions import ClientError
from botocore.stub import Stubber

ENDPOINT = os.environ.get("DYNAMODB_ENDPOINT", "http://localhost:8000")
RETRYABLE = {"TransactionConflict", "ProvisionedThroughputExceeded", "ThrottlingError"}


def local_client():
    # Any Region and credentials work locally; the access key may hold only letters and digits.
    return boto3.client("dynamodb", endpoint_url=ENDPOINT, region_name="eu-west-1",
                        aws_access_key_id="local", aws_secret_access_key="local")


def write_order(ddb, actions, token, attempts=4):
    """Code under test: retry a cancelled transaction only for retryable reasons."""
    for attempt in range(attempts):
        try:
            return ddb.transact_write_items(TransactItems=actions, ClientRequestToken=token)
        except ClientError as e:
            reasons = {r.get("Code") for r in e.response.get("CancellationReasons", [])}
            if not reasons & RETRYABLE or attempt == attempts - 1:
                raise
            time.sleep(0.01 * 2 ** attempt)


@pytest.fixture
def orders():
    ddb = local_client()
    ddb.create_table(
        TableName="Orders", BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"},
                              {"AttributeName": "sk", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"},
                   {"AttributeName": "sk", "KeyType": "RANGE"}],
    )
    yield ddb
    ddb.delete_table(TableName="Orders")


def test_profile_is_created_once(orders):  # runs against DynamoDB local
    item = {"pk": {"S": "CUST#42"}, "sk": {"S": "PROFILE"}}
    orders.put_item(TableName="Orders", Item=item, ConditionExpression="attribute_not_exists(pk)")
    with pytest.raises(ClientError) as err:
        orders.put_item(TableName="Orders", Item=item, ConditionExpression="attribute_not_exists(pk)")
    assert err.value.response["Error"]["Code"] == "ConditionalCheckFailedException"


def test_conflict_is_retried():  # no server: DynamoDB local never throws a conflict
    ddb = local_client()
    action = [{"Put": {"TableName": "Orders", "Item": {"pk": {"S": "ORDER#1"}, "sk": {"S": "ITEM#001"}}}}]
    with Stubber(ddb) as stub:
        stub.add_client_error("transact_write_items", service_error_code="TransactionCanceledException",
                              modeled_fields={"CancellationReasons": [{"Code": "TransactionConflict"}]})
        stub.add_response("transact_write_items", {})
        write_order(ddb, action, token="checkout-1")
        stub.assert_no_pending_responses()
