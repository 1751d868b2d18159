"""Optional profiles in the window: who are you at start-up, the lock screen, the Profiles dialog."""
