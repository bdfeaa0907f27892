pmSearch.shard("63-68",{"change":[0,1,2,9],"checkout":[0,33]});
