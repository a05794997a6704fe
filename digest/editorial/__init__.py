"""The editorial room: what the build wrote, what editors changed, and checks of their pages."""
