"""runnable's `runnable.sdk` module path (`from runnable.sdk import Loop, Pipeline, ...`): the same classes."""
from runnable import *  # noqa: F401,F403
from runnable import __all__  # noqa: F401
