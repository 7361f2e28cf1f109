# Game-tree search: exhaustive negamax over tic-tac-toe on a 3 x 3 board from two-move
# openings (every line of play, no pruning), then alpha-beta with a transposition table on a
# 4 x 4 board (three in a row wins) from fixed six-move openings. Measures recursion,
# list manipulation and dict lookups keyed by strings. Size: how many 3 x 3 openings to
# search; a fifth as many 4 x 4 ones, at least one.
import sys
import time


def lines_for(side):
    rows = [[r * side + c for c in range(side)] for r in range(side)]
    cols = [[r * side + c for r in range(side)] for c in range(side)]
    diagonals = [[i * side + i for i in range(side)], [i * side + side - 1 - i for i in range(side)]]
    return [tuple(line) for line in rows + cols + diagonals]


class Game:
    def __init__(self, side, need):
        self.side = side
        self.cells = side * side
        # every run of `need` cells along a row, column or diagonal wins
        self.wins = []
        for line in lines_for(side):
            for start in range(len(line) - need + 1):
                self.wins.append(line[start : start + need])
        self.nodes = 0

    def winner(self, board):
        for a, *rest in self.wins:
            mark = board[a]
            if mark != "." and all(board[i] == mark for i in rest):
                return mark
        return None

    def negamax(self, board, me, other):
        """Score for `me` to move under perfect play: 1 win, 0 draw, -1 loss."""
        self.nodes += 1
        if self.winner(board) is not None:
            return -1  # the previous move won
        best = None
        for i in range(self.cells):
            if board[i] == ".":
                board[i] = me
                score = -self.negamax(board, other, me)
                board[i] = "."
                if best is None or score > best:
                    best = score
        return 0 if best is None else best

    def alphabeta(self, board, me, other, alpha, beta, table):
        key = "".join(board) + me
        known = table.get(key)
        if known is not None:
            return known
        self.nodes += 1
        window_low = alpha
        if self.winner(board) is not None:
            result = -1
        else:
            result = None
            for i in range(self.cells):
                if board[i] == ".":
                    board[i] = me
                    score = -self.alphabeta(board, other, me, -beta, -alpha, table)
                    board[i] = "."
                    if result is None or score > result:
                        result = score
                    if result > alpha:
                        alpha = result
                    if alpha >= beta:
                        break
            if result is None:
                result = 0
        # only a value strictly inside the window is exact, and so safe to reuse
        if window_low < result < beta:
            table[key] = result
        return result


def openings(game, count):
    """Deterministic 4-move openings on the big board, spread over the cells."""
    result = []
    step = 0
    while len(result) < count:
        board = ["."] * game.cells
        moves = [(step * 7 + k * 5) % game.cells for k in range(6)]
        marks = "xoxoxo"
        for cell, mark in zip(moves, marks):
            board[cell] = mark
        if len(set(moves)) == 6 and game.winner(board) is None:
            result.append(board)
        step += 1
    return result


def small_openings(count):
    """The first `count` positions after x then o have moved, in cell order."""
    result = []
    for x in range(9):
        for o in range(9):
            if x != o:
                board = ["."] * 9
                board[x] = "x"
                board[o] = "o"
                result.append(board)
    return result[:count]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    start = time.perf_counter()
    small = Game(3, 3)
    values = [small.negamax(board, "x", "o") for board in small_openings(count)]
    big = Game(4, 3)
    scores = [big.alphabeta(board, "x", "o", -2, 2, {}) for board in openings(big, max(1, count // 5))]
    elapsed = time.perf_counter() - start
    small_text = "".join("+0-"[1 - v] for v in values)
    big_text = "".join("+0-"[1 - v] for v in scores)
    print(f"checksum: small={small_text} nodes={small.nodes} big={big_text} nodes={big.nodes}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
