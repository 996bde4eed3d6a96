"""The step kinds. Every module here is imported by :func:`hybridstudio.core.step.all_steps`,
and registers its steps with :func:`hybridstudio.core.step.register`."""
