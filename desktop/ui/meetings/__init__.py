"""The meetings page: planning, agenda, attendance, life cycle and commitments."""
