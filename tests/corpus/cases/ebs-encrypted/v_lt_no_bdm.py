"""Launch template without block device mappings: the AMI's unencrypted root is used (no EncryptionByDefault).

expect: ebs-encrypted @ batch
"""

from corpus_kit import compliant_launch_template

compliant_launch_template("batch", block_device_mappings=None)
