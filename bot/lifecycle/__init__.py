"""The data lifecycle: purging the data of workspaces that removed the app, beside the core's own lifecycle sweeps.

service.py holds the rules (`LifecycleService`, the grace period); ports.py what they need from storage, which
storage/departures.py provides."""
