"""The pieces of Palier's build: icons, licences, the frozen folder, the Debian package."""
