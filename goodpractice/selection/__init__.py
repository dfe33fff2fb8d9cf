"""The board's selection procedure: the ballot, casting votes, the decisions and
how the history and the sheet read them."""
