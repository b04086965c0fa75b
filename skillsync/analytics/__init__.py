"""Operating SkillSync: usage and cost analytics, the quota forecast, and the cost controls
(the daily cost cap and the per-lesson budget) that admins edit."""
