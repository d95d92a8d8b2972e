"""Cost control: a monthly AWS Budgets cost budget over the stack's Project tag, telling the alarm topic when
actual spend passes the limit and when the forecast does."""

from __future__ import annotations

from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

# Budgets filter by a tag only once it is activated as a cost-allocation tag (Billing console; see
# docs/operations.md); "user:" is the prefix Cost Explorer gives user-defined tags.
COST_TAG = "Project"


@dataclass(frozen=True)
class CostBudgetArgs:
    """The limit, the tag value the budget counts and where it reports."""

    monthly_limit_usd: int
    project_tag_value: str
    topic_arn: pulumi.Input[str]
    account_id: pulumi.Input[str]


class CostBudget(pulumi.ComponentResource):
    """One COST budget, monthly, filtered to ``Project=<value>``, with an ACTUAL notification at 100% and a
    FORECASTED one at 100% of the limit, both to the alarm topic."""

    budget: aws.budgets.Budget

    def __init__(self, name: str, args: CostBudgetArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:cost:CostBudget", name, None, opts)
        notifications: list[aws.budgets.BudgetNotificationArgsDict] = [
            {
                "comparison_operator": "GREATER_THAN",
                "threshold": 100,
                "threshold_type": "PERCENTAGE",
                "notification_type": kind,
                "subscriber_sns_topic_arns": [args.topic_arn],
            }
            for kind in ("ACTUAL", "FORECASTED")
        ]
        self.budget = aws.budgets.Budget(
            name,
            name=f"{pulumi.get_project()}-{pulumi.get_stack()}-monthly",
            account_id=args.account_id,
            budget_type="COST",
            limit_amount=f"{args.monthly_limit_usd}",
            limit_unit="USD",
            time_unit="MONTHLY",
            cost_filters=[{"name": "TagKeyValue", "values": [f"user:{COST_TAG}${args.project_tag_value}"]}],
            notifications=notifications,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({"budgetName": self.budget.name})
