"""frontdesk: a terminal role-play game that trains people in customer service."""
