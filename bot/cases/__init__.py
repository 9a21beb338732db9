"""Consultation requests, and the rest of a member's data lifecycle.

A presenter's consultation request is checked for identifiers, shown back privately when something looks
identifying, posted to the group's channel, and never stored: the database keeps only that it was posted (meeting,
presenter, time, whether a warning was overridden, the platform's reference to the message), so the message can be
deleted later when the group keeps requests for a limited time. Also here: asking members to accept a changed
agreement, and forgetting a member who leaves.
"""
