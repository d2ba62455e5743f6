"""Mutants: small, plausible bugs planted in correct code, one per mutant.

Used twice: the quality gate checks that an exercise's hidden checks reject the mutants of its
reference (checks with teeth), and test-writing exercises are graded by how many mutants of the
code under test the learner's tests catch. Each mutant carries a description in words ("line 7:
`<` became `<=`") so a learner can be told which bug their tests missed.

The operators: comparison flips, integer constants off by one, swapped arithmetic, swapped
``and``/``or``, negated ``if``/``while`` conditions, dropped statements, ``return None``.
"""

from __future__ import annotations

import ast
import copy
import random
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Mutant", "mutants"]

COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
ARITHMETIC_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
}
SYMBOLS = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not", ast.Add: "+",
    ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
    ast.And: "and", ast.Or: "or",
}  # fmt: skip


@dataclass(frozen=True)
class Mutant:
    file: str
    line: int
    description: str
    source: str


@dataclass(frozen=True)
class _Site:
    node_index: int
    kind: str
    line: int
    description: str


def _is_docstring(node: ast.stmt, body: list[ast.stmt]) -> bool:
    return (
        body
        and body[0] is node
        and isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ) is True


def _is_main_guard(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Compare)
        and isinstance(node.test.left, ast.Name)
        and node.test.left.id == "__name__"
    )


def _walk(tree: ast.AST) -> Iterator[ast.AST]:
    """Nodes in a stable order, skipping the ``if __name__ == "__main__":`` block."""
    for node in ast.iter_child_nodes(tree):
        if _is_main_guard(node):
            continue
        yield node
        yield from _walk(node)


def _sites(tree: ast.AST) -> list[_Site]:
    sites: list[_Site] = []
    droppable = _droppable(tree)
    for index, node in enumerate(_walk(tree)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Compare):
            for op in node.ops:
                if type(op) in COMPARE_SWAPS:
                    new = COMPARE_SWAPS[type(op)]
                    what = f"`{SYMBOLS[type(op)]}` became `{SYMBOLS[new]}`"
                    sites.append(_Site(index, "compare", line, what))
                    break
        elif isinstance(node, ast.BinOp) and type(node.op) in ARITHMETIC_SWAPS:
            new_op = ARITHMETIC_SWAPS[type(node.op)]
            what = f"`{SYMBOLS[type(node.op)]}` became `{SYMBOLS[new_op]}`"
            sites.append(_Site(index, "arith", line, what))
        elif isinstance(node, ast.BoolOp):
            other = ast.Or if isinstance(node.op, ast.And) else ast.And
            what = f"`{SYMBOLS[type(node.op)]}` became `{SYMBOLS[other]}`"
            sites.append(_Site(index, "boolop", line, what))
        elif (
            isinstance(node, ast.Constant)
            and type(node.value) is int
            and not isinstance(node.value, bool)
        ):
            sites.append(_Site(index, "plus1", line, f"{node.value} became {node.value + 1}"))
            sites.append(_Site(index, "minus1", line, f"{node.value} became {node.value - 1}"))
        elif isinstance(node, ast.If | ast.While | ast.IfExp):
            word = {ast.If: "if", ast.While: "while", ast.IfExp: "conditional"}[type(node)]
            sites.append(_Site(index, "negate", line, f"the {word} condition was negated"))
        elif isinstance(node, ast.Return) and node.value is not None:
            is_none = isinstance(node.value, ast.Constant) and node.value.value is None
            if not is_none:
                sites.append(_Site(index, "return-none", line, "it returns None instead"))
        if id(node) in droppable:
            sites.append(_Site(index, "drop", line, "a statement was removed"))
    return sites


def _droppable(tree: ast.AST) -> set[int]:
    """Statements that can be replaced by ``pass`` without breaking the syntax."""
    kinds = ast.Expr | ast.Assign | ast.AugAssign | ast.AnnAssign | ast.Raise
    found: set[int] = set()
    for node in ast.walk(tree):
        for name in ("body", "orelse", "finalbody"):
            body = getattr(node, name, None)
            if not isinstance(body, list) or len(body) < 2:
                continue
            found.update(id(s) for s in body if isinstance(s, kinds) and not _is_docstring(s, body))
    return found


class _Apply(ast.NodeTransformer):
    def __init__(self, target: ast.AST, site: _Site) -> None:
        self.target = target
        self.site = site

    def visit(self, node: ast.AST) -> ast.AST | None:
        if node is not self.target:
            visited: ast.AST | None = super().visit(node)
            return visited
        kind = self.site.kind
        if kind == "compare" and isinstance(node, ast.Compare):
            for position, op in enumerate(node.ops):
                if type(op) in COMPARE_SWAPS:
                    node.ops[position] = COMPARE_SWAPS[type(op)]()
                    break
        elif kind == "arith" and isinstance(node, ast.BinOp):
            node.op = ARITHMETIC_SWAPS[type(node.op)]()
        elif kind == "boolop" and isinstance(node, ast.BoolOp):
            node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        elif kind in ("plus1", "minus1") and isinstance(node, ast.Constant):
            assert type(node.value) is int
            node.value = node.value + (1 if kind == "plus1" else -1)
        elif kind == "negate" and isinstance(node, ast.If | ast.While | ast.IfExp):
            node.test = ast.UnaryOp(op=ast.Not(), operand=node.test)
        elif kind == "return-none" and isinstance(node, ast.Return):
            node.value = ast.Constant(value=None)
        elif kind == "drop":
            return ast.Pass()
        return node


def mutants(file: str, source: str, limit: int = 60, seed: int = 0) -> list[Mutant]:
    """Up to ``limit`` single-change mutants of ``source`` (a deterministic sample)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    sites = _sites(tree)
    if len(sites) > limit:
        sites = sorted(random.Random(seed).sample(sites, limit), key=lambda s: s.node_index)
    original = ast.unparse(tree)
    found: list[Mutant] = []
    seen = {original}
    for site in sites:
        fresh = copy.deepcopy(tree)
        target = next(n for i, n in enumerate(_walk(fresh)) if i == site.node_index)
        _Apply(target, site).visit(fresh)  # the target is never the module itself
        ast.fix_missing_locations(fresh)
        text = ast.unparse(fresh)
        if text in seen:
            continue
        seen.add(text)
        found.append(Mutant(file, site.line, f"{file}, line {site.line}: {site.description}", text))
    return found
