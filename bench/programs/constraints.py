# An incremental dataflow constraint solver in the DeltaBlue family (Freeman-Benson and
# Maloney): constraints carry strengths, each satisfied constraint picks one variable to
# write, adding a constraint may override weaker ones, removing one re-satisfies what it had
# overridden. Driven by two workloads, a long equality chain edited at one end and a set of
# linear "scale" projections edited on both sides. Measures polymorphic method calls and
# object-graph traversal. Size: chain length (the projection count follows it).
import sys
import time

# Strengths, strongest first. A smaller number is stronger.
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)


class SolverError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def install(self, solver):
        self.attach()
        solver.add(self)

    def uninstall(self, solver):
        if self.is_satisfied():
            solver.remove(self)
        self.detach()

    def satisfy(self, mark, solver):
        """Chooses an output if it can; returns the constraint that lost the output, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not solver.propagate_from(self, mark):
            raise SolverError("cycle in the constraint graph")
        out.mark = mark
        return overridden

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, variable, strength):
        super().__init__(strength)
        self.variable = variable
        self.satisfied = False

    def attach(self):
        self.variable.constraints.append(self)

    def detach(self):
        self.variable.constraints.remove(self)

    def choose_method(self, mark):
        v = self.variable
        self.satisfied = v.mark != mark and self.strength < v.walk_strength

    def is_satisfied(self):
        return self.satisfied

    def mark_unsatisfied(self):
        self.satisfied = False

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.variable

    def inputs(self):
        return ()

    def recalculate(self):
        v = self.variable
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable's value unless something stronger writes it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable as set from outside (the user is dragging it)."""

    def is_input(self):
        return True


FORWARD, BACKWARD, NONE = 1, -1, 0


class BinaryConstraint(Constraint):
    def __init__(self, first, second, strength):
        super().__init__(strength)
        self.first = first
        self.second = second
        self.direction = NONE

    def attach(self):
        self.first.constraints.append(self)
        self.second.constraints.append(self)

    def detach(self):
        self.first.constraints.remove(self)
        self.second.constraints.remove(self)

    def choose_method(self, mark):
        a, b = self.first, self.second
        if a.mark == mark:
            ok = b.mark != mark and self.strength < b.walk_strength
            self.direction = FORWARD if ok else NONE
        elif b.mark == mark:
            ok = self.strength < a.walk_strength
            self.direction = BACKWARD if ok else NONE
        elif a.walk_strength > b.walk_strength:
            # write whichever end is held more weakly
            self.direction = BACKWARD if self.strength < a.walk_strength else NONE
        else:
            self.direction = FORWARD if self.strength < b.walk_strength else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_unsatisfied(self):
        self.direction = NONE

    def source(self):
        return self.first if self.direction == FORWARD else self.second

    def output(self):
        return self.second if self.direction == FORWARD else self.first

    def inputs(self):
        return (self.source(),)

    def mark_inputs(self, mark):
        for v in self.inputs():
            v.mark = mark

    def inputs_known(self, mark):
        for v in self.inputs():
            if not (v.mark == mark or v.stay or v.determined_by is None):
                return False
        return True

    def recalculate(self):
        src, out = self.source(), self.output()
        out.walk_strength = max(self.strength, src.walk_strength)
        out.stay = all(v.stay for v in self.inputs())
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.source().value


class ScaleConstraint(BinaryConstraint):
    """second = first * scale + offset, where scale and offset are variables too."""

    def __init__(self, first, scale, offset, second, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(first, second, strength)

    def attach(self):
        super().attach()
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def detach(self):
        super().detach()
        self.scale.constraints.remove(self)
        self.offset.constraints.remove(self)

    def inputs(self):
        return (self.source(), self.scale, self.offset)

    def execute(self):
        if self.direction == FORWARD:
            self.second.value = self.first.value * self.scale.value + self.offset.value
        else:
            self.first.value = (self.second.value - self.offset.value) // self.scale.value


class Solver:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.detach()
        unsatisfied = self.release(out)
        constraint.attach()
        for strength in range(REQUIRED, WEAKEST):
            for c in unsatisfied:
                if c.strength == strength:
                    self.add(c)

    def propagate_from(self, constraint, mark):
        """Recomputes everything downstream of constraint; False if it meets itself."""
        todo = [constraint]
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark == mark:
                return False
            c.recalculate()
            self.push_consumers(out, todo)
        return True

    def release(self, variable):
        """Forgets what variable (and everything it fed) was determined by."""
        variable.determined_by = None
        variable.walk_strength = WEAKEST
        variable.stay = True
        unsatisfied = []
        todo = [variable]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            for c in v.constraints:
                if c is not v.determined_by and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def push_consumers(self, variable, todo):
        for c in variable.constraints:
            if c is not variable.determined_by and c.is_satisfied():
                todo.append(c)

    def plan_for(self, constraints):
        """Orders the constraints fed by the satisfied inputs so each runs after its inputs."""
        mark = self.new_mark()
        todo = [c for c in constraints if c.is_input() and c.is_satisfied()]
        plan = []
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.push_consumers(out, todo)
        return plan


def run_plan(plan):
    for c in plan:
        c.execute()


def chain(solver, n):
    """v0 == v1 == ... == vn, a weak stay at the end; editing v0 must reach vn."""
    variables = [Variable(f"v{i}") for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(a, b, REQUIRED).install(solver)
    StayConstraint(variables[-1], STRONG_DEFAULT).install(solver)
    edit = EditConstraint(variables[0], PREFERRED)
    edit.install(solver)
    plan = solver.plan_for([edit])
    wrong = 0
    for value in range(100):
        variables[0].value = value
        run_plan(plan)
        if variables[-1].value != value:
            wrong += 1
    edit.uninstall(solver)
    return wrong, len(plan)


def projection(solver, n):
    """dst[i] = src[i] * scale + offset for every i; edit scale, offset and one end."""
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, targets = [], []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        sources.append(src)
        targets.append(dst)
        StayConstraint(src, NORMAL).install(solver)
        ScaleConstraint(src, scale, offset, dst, REQUIRED).install(solver)
    total = 0
    total += edit_and_sum(solver, sources[0], [17, 55, 3], targets[0])
    total += edit_and_sum(solver, targets[-1], [5000, 7070, 12345], sources[-1])
    total += edit_and_sum(solver, scale, [5, 6, 7], targets[n // 2])
    total += edit_and_sum(solver, offset, [2000, 3000], targets[n // 3])
    return total + sum(t.value for t in targets) + sum(s.value for s in sources)


def edit_and_sum(solver, variable, values, observed):
    edit = EditConstraint(variable, PREFERRED)
    edit.install(solver)
    plan = solver.plan_for([edit])
    seen = 0
    for value in values:
        variable.value = value
        run_plan(plan)
        seen += observed.value
    edit.uninstall(solver)
    return seen


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800
    rounds = 20
    start = time.perf_counter()
    wrong = steps = projected = 0
    for _ in range(rounds):
        w, s = chain(Solver(), n)
        wrong += w
        steps += s
        projected += projection(Solver(), n)
    elapsed = time.perf_counter() - start
    print(f"checksum: wrong={wrong} plan_steps={steps} projected={projected}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
