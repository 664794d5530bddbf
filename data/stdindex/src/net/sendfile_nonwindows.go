package net

func supportsSendfile() bool
