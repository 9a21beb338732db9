"""A group's next meetings as events of its chat server (Discord's scheduled events): what they say, and the
private offer to RSVP made to a member who marks one "Interested"."""
