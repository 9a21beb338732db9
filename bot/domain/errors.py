"""Refusals: the kind, short answer a person gets when a request cannot be done. Nothing is changed."""


class Refusal(Exception):
    """Raised by use cases; the message is shown privately to the person who asked."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
