"""The group directory: listings, availability windows, matching (`find`), join requests and shared resources."""
