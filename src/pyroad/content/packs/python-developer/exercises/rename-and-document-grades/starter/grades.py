# written in a hurry the night before the exam board met; it works, please don't break it


def f(l, p=60):
    r = {}
    t = 0
    for x in l:
        n, s = x
        t = t + s
        if s >= p:
            r[n] = "pass"
        else:
            r[n] = "fail"
    a = round(t / len(l), 1) if l else 0.0
    return r, a


def g(l, p=60):
    r, a = f(l, p)
    o = []
    for n in sorted(r):
        o.append(n + ": " + r[n])
    o.append("average: " + str(a))
    return "\n".join(o)
