"""The learning domain: evidence, mastery, the planner and level readiness. Pure, no I/O."""
